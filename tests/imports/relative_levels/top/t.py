TT = "top.t"
