print("pkg.other runs")
