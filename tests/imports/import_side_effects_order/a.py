print("a runs")
import c
N = "a"
