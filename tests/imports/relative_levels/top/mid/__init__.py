M = "mid"
