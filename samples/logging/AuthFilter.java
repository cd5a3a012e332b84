// Staff sign-in filter (sample; deliberately insecure).
class AuthFilter {
    private static final Logger log = LoggerFactory.getLogger(AuthFilter.class);

    void doFilter(HttpServletRequest request, String username, String password) {
        // A password and the Authorization header written to the log.
        log.debug("sign-in {} with {}", username, password);
        log.debug("Authorization: {}", request.getHeader("Authorization"));
        // Safe look-alike: only the user name.
        log.info("sign-in {}", username);
    }
}
