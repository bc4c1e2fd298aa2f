# -*- coding: latin-1 -*-
S = "café ü"
