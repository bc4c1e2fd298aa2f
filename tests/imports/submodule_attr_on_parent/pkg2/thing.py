print("pkg2.thing runs")
