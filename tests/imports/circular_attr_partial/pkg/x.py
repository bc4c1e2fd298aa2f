import pkg
pkg.missing
