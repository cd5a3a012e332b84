// Court listing endpoints (sample; deliberately insecure).
using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

public class CourtListingController : Controller
{
    private readonly ListingContext db;
    private readonly SqlConnection connection;

    public CourtListingController(ListingContext db, SqlConnection connection)
    {
        this.db = db;
        this.connection = connection;
    }

    public IActionResult ByCourt(string court)
    {
        // SQL injection: the court is interpolated into raw SQL.
        var listings = db.Listings.FromSqlRaw($"SELECT * FROM Listings WHERE Court = '{court}'").ToList();
        // Safe look-alike: FromSqlInterpolated sends the value as a parameter.
        var safe = db.Listings.FromSqlInterpolated($"SELECT * FROM Listings WHERE Court = {court}").ToList();
        return View(listings.Concat(safe));
    }

    public IActionResult Count(string court)
    {
        // SQL injection: concatenation into a command.
        using var command = new SqlCommand("SELECT COUNT(*) FROM Listings WHERE Court = '" + court + "'", connection);
        // Safe look-alike: a parameterised command.
        using var safe = new SqlCommand("SELECT COUNT(*) FROM Listings WHERE Court = @court", connection);
        safe.Parameters.AddWithValue("@court", court);
        return Ok(command.ExecuteScalar());
    }

    public IActionResult Ping(string host)
    {
        // Command injection: cmd.exe /c runs the host as part of a command line.
        Process.Start("cmd.exe", "/c ping -n 1 " + host);
        // Safe look-alike: the program is started directly with an argument list.
        var info = new ProcessStartInfo("ping") { ArgumentList = { "-n", "1", host } };
        Process.Start(info);
        return Ok();
    }
}
