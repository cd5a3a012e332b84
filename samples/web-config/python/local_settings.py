# A developer's own overrides: debug on is its job, so nothing is reported here.
DEBUG = True
