// Visits booking (sample; deliberately insecure).
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

public class VisitsController : Controller
{
    private static readonly HttpClient _httpClient = new HttpClient();
    private const string Letters = "/srv/letters";

    public IActionResult Letter([FromQuery] string name)
    {
        // Path traversal, beside a safe look-alike that keeps only the file name.
        var safe = System.IO.File.ReadAllText(Path.Combine(Letters, Path.GetFileName(name)));
        return PhysicalFile(Path.Combine(Letters, name), "application/pdf");
    }

    public async Task<IActionResult> Slots([FromQuery] string source)
    {
        // SSRF: the caller chooses the URL.
        return Content(await _httpClient.GetStringAsync(source));
    }

    public IActionResult SignedIn([FromQuery] string returnUrl)
    {
        // Open redirect: Redirect() follows any absolute URL.
        return Redirect(returnUrl);
    }

    public IActionResult SignedOut([FromQuery] string returnUrl)
    {
        // Safe look-alike: LocalRedirect refuses other sites.
        return LocalRedirect(returnUrl);
    }
}
