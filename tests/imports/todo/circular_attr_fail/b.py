import a
a.f()
