package uk.gov.justice.cases;

@Configuration
public class ApiSecurityConfig {

    // A stateless bearer-token API: CSRF off is expected, so this is reported at low confidence only.
    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
            .csrf(csrf -> csrf.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults()))
            .build();
    }
}
