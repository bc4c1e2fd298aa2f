KIND = "package in second"
