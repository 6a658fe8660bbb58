"""gunicorn's settings for the portal: `gunicorn -c deploy/gunicorn.conf.py portal.wsgi`.

A sync worker serves one connection at a time and waits for all of it, so four clients that
send slowly held both workers of a server and the site stopped answering. Threaded workers
(gthread) give each process `threads` connections at once, and threads cost little next to a
process. They do not make slow clients harmless, only rarer: put a reverse proxy that buffers
whole requests in front (see the README, "Production").

Each number can be set in the environment variable named beside it.
"""

import os


def env_int(name, default):
    return int(os.environ.get(name) or default)


bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
worker_class = "gthread"
workers = env_int("GUNICORN_WORKERS", max(2, os.cpu_count() or 1))
threads = env_int("GUNICORN_THREADS", 8)
# A worker takes no more connections than it has threads: otherwise one whose threads are all
# held by slow clients goes on accepting, and what it accepts waits behind them while the other
# workers are idle. Refused, a connection waits in the listening socket for the first free worker.
worker_connections = env_int("GUNICORN_WORKER_CONNECTIONS", threads)

# A worker whose main loop is silent this long is restarted; requests themselves are bounded by
# the proxy in front and by each service's own timeout (database, cache, Elasticsearch, mail).
timeout = env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# An idle kept-alive connection would hold one of those places, so connections close after each
# answer; the proxy in front connects over the local network, where a new connection costs little.
# Raise GUNICORN_KEEPALIVE (seconds) only with GUNICORN_WORKER_CONNECTIONS above the threads.
keepalive = env_int("GUNICORN_KEEPALIVE", 0)

# Requests larger than any the portal serves are refused before Django reads them.
limit_request_line = 4094
limit_request_fields = 50
limit_request_field_size = 8190

# Fresh processes now and then bound any slow leak; the jitter keeps workers from restarting together.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = env_int("GUNICORN_MAX_REQUESTS_JITTER", 100)

# Only these proxies may say the request came over HTTPS (X-Forwarded-Proto and friends).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Logs go to standard output for the service manager. The access log leaves out the query string
# (search terms, e-mail addresses typed into a form sent by GET), the client's address, the
# referrer and the user agent: time, method, path, protocol, status, bytes, milliseconds.
accesslog = "-"
errorlog = "-"
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
# What is left of a request (its path) passes the portal's personal-data filter
# (privacy/log_filters.py) on its way out, as Django's own logs do. gunicorn's own messages
# (workers, addresses, ports) carry no one's data, and numbers there must stay readable.
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"scrub": {"()": "privacy.log_filters.ScrubPersonalData"}},
    "formatters": {
        "access": {"format": "%(message)s"},
        "generic": {"format": "%(asctime)s [%(process)d] [%(levelname)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "access",
            "filters": ["scrub"],
            "stream": "ext://sys.stdout",
        },
        "error_console": {
            "class": "logging.StreamHandler",
            "formatter": "generic",
            "stream": "ext://sys.stderr",
        },
    },
    "root": {"level": "INFO", "handlers": ["error_console"]},
    "loggers": {
        "gunicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.error": {"handlers": ["error_console"], "level": "INFO", "propagate": False},
    },
}

# The control socket (gunicornc) is off: its default path is one per user, shared by every
# instance on the machine, and operating the portal does not need it.
control_socket_disable = True
