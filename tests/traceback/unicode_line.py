résumé = {'naïve': 1}
print(résumé['café'])
