import q
q.f
