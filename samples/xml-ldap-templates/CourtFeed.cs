using System.DirectoryServices;
using System.IO;
using System.Xml;
using Microsoft.AspNetCore.Mvc;

// Court feed import and staff search (sample; deliberately insecure).
public class CourtFeedController : Controller
{
    public IActionResult Import(Stream feed)
    {
        // XXE: DTDs are parsed and external entities fetched.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
        using var reader = XmlReader.Create(feed, settings);
        // Safe look-alike: the default, DtdProcessing.Prohibit.
        var safe = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        return Ok();
    }

    public IActionResult Staff([FromQuery] string login)
    {
        // LDAP injection: the login is spliced into the filter.
        var searcher = new DirectorySearcher { Filter = "(&(objectClass=user)(sAMAccountName=" + login + "))" };
        return Ok(searcher.FindOne());
    }
}
