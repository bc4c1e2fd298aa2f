ROOMS = {
    'hall': {'desc': 'a long hall', 'exits': {'north': 'library', 'east': 'kitchen'}, 'items': ['lamp']},
    'library': {'desc': 'dusty shelves', 'exits': {'south': 'hall'}, 'items': ['book', 'key']},
    'kitchen': {'desc': 'a cold kitchen', 'exits': {'west': 'hall', 'down': 'cellar'}, 'items': []},
    'cellar': {'desc': 'darkness', 'exits': {'up': 'kitchen'}, 'items': ['treasure'], 'locked': True},
}
class Game:
    def __init__(self):
        self.room, self.inv, self.moves = 'hall', [], 0
    def do(self, cmd):
        verb, _, arg = cmd.partition(' ')
        self.moves += 1
        match verb:
            case 'look':
                r = ROOMS[self.room]
                return f"{self.room}: {r['desc']}; exits {sorted(r['exits'])}; items {r['items']}"
            case 'go':
                dest = ROOMS[self.room]['exits'].get(arg)
                if dest is None:
                    return "can't go " + arg
                if ROOMS[dest].get('locked') and 'key' not in self.inv:
                    return 'the way is locked'
                self.room = dest
                return 'you go ' + arg
            case 'take':
                items = ROOMS[self.room]['items']
                if arg in items:
                    items.remove(arg)
                    self.inv.append(arg)
                    return 'taken ' + arg
                return 'no ' + arg + ' here'
            case 'inv':
                return 'carrying ' + (', '.join(sorted(self.inv)) or 'nothing')
            case _:
                self.moves -= 1
                return f'unknown command {verb!r}'
g = Game()
for cmd in ['look', 'take lamp', 'go east', 'go down', 'go west', 'go north', 'take key', 'take sword', 'go south', 'go east', 'go down', 'look', 'take treasure', 'inv', 'dance']:
    print(f'> {cmd}\n  {g.do(cmd)}')
print(g.moves, g.room, sorted(g.inv))
