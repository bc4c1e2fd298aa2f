# token: every name, tok_name, EXACT_TOKEN_TYPES, __all__ and the predicates, as python3.13's.
import token
print(sorted(n for n in dir(token)), token.tok_name, token.EXACT_TOKEN_TYPES, token.__all__, token.ISTERMINAL(5), token.ISNONTERMINAL(300), token.ISEOF(0), token.__doc__)
