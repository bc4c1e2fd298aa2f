class Config:
    debug = True
    level = int('high')
