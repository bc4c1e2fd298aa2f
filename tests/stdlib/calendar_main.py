# calendar's command line (calendar.main, what `python -m calendar` runs): text
# years and months with widths, lines, spacing and columns, first weekdays, HTML
# pages with css and encodings, and the usage errors (SystemExit 2).
import calendar
import sys

for args in [['2024'], ['2024', '2'], ['-w', '3', '-l', '2', '2023', '11'], ['-s', '2', '-m', '4', '2001'], ['-f', '6', '2024', '9'],
             ['-t', 'html', '2020'], ['-t', 'html', '-c', 'my.css', '-e', 'ascii', '2021'], ['-e', 'utf-8', '2024', '1'],
             ['-L', 'C', '-e', 'ascii', '2024', '3'], ['-t', 'html', '2020', '1'], ['-L', 'C', '2024'], ['-t', 'pdf'], ['x'], ['2024', '13'],
             ['--width', '1', '--months', '2', '--spacing', '1', '1']]:
    print('==', args)
    sys.stdout.flush()
    try:
        calendar.main(args)
    except SystemExit as e:
        print('SystemExit', e.code)
    except Exception as e:
        print(type(e).__name__, e)
    sys.stdout.flush()
