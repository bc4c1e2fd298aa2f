KIND = "module after namespace portion"
