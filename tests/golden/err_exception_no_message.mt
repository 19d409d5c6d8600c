# An exception with no arguments prints just its name.
class Oops(Exception):
    pass
raise Oops
