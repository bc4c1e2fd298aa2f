print("c runs")
