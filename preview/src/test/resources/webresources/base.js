var base = 1;
