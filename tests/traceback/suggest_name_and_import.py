# A close name and a stdlib module name at once: both hints.
sya = 1
sys.exit(0)
