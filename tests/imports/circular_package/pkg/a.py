from pkg import b as b_mod
A = "A"
