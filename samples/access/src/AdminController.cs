[Authorize(Roles = "Admin")]
[Route("api/admin")]
public class AdminController : ControllerBase
{
    // Overrides the Admin role for this action (access/anonymous-admin).
    [AllowAnonymous]
    [HttpGet("export")]
    public IActionResult Export() => Ok();

    // Safe look-alike: the sign-in action must be reachable anonymously.
    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login() => Ok();
}
