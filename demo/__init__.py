"""Local stand-ins for the outside world, used by `make demo` and the tests (feed server, SendGrid double)."""
