name = 'Ann
