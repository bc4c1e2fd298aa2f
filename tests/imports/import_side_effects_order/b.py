print("b runs")
import a, c
N = "b"
