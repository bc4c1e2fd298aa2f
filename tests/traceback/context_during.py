try:
    {}['missing']
except KeyError:
    None.attr
