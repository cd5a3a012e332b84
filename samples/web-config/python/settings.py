"""Django settings for the case portal (deployed)."""
INSTALLED_APPS = ['django.contrib.admin', 'django.contrib.sessions', 'corsheaders', 'cases']

DEBUG = True

ALLOWED_HOSTS = ['cases.example.justice.gov.uk']

MIDDLEWARE = [
    'corsheaders.middleware.CorsMiddleware',
    'django.contrib.sessions.middleware.SessionMiddleware',
    # 'django.middleware.csrf.CsrfViewMiddleware',
    'django.contrib.auth.middleware.AuthenticationMiddleware',
]

CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = True
