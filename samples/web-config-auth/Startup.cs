// Probation API start-up (sample; deliberately insecure).
public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddAuthentication().AddJwtBearer(options =>
        {
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                // JWT expiry not checked.
                ValidateLifetime = false,
                ValidateIssuerSigningKey = true,
            };
        });
        // Session idle timeout of two hours.
        services.AddSession(o => o.IdleTimeout = TimeSpan.FromHours(2));
        services.Configure<IdentityOptions>(options =>
        {
            // Weak password policy: six characters and lockout only after 20 attempts.
            options.Password.RequiredLength = 6;
            options.Lockout.MaxFailedAccessAttempts = 20;
        });
    }
}
