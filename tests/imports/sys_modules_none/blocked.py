B = "blocked imported"
