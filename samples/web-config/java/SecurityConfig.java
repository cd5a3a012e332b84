package uk.gov.justice.cases;

@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        // A browser application with form login and sessions: CSRF must stay on.
        http.csrf(AbstractHttpConfigurer::disable)
            .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    WebMvcConfigurer cors() {
        return new WebMvcConfigurer() {
            @Override
            public void addCorsMappings(CorsRegistry registry) {
                registry.addMapping("/api/**").allowedOriginPatterns("*").allowCredentials(true);
            }
        };
    }
}
