# Identifiers are NFKC-normalised (PEP 3131): ligatures and full-width letters name the same variables.
ﬁx = 3
print(fix, ﬁx)
KK = 1
print(KK)
def ｆ(): return "fw"
print(f())
print("ﬁx" == "fix")
class P:
    ﬁeld = 5
print(P.field, getattr(P, "field"), "ﬁeld" in vars(P))
