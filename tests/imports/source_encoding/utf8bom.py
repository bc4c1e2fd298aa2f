S = "bom é"
