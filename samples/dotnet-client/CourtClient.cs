using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

public class CourtClient
{
    private readonly HttpClient _http;

    public CourtClient()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true
        };
        _http = new HttpClient(handler);
    }

    public string HashHearingId(string hearingId)
    {
        using var md5 = MD5.Create();
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(hearingId));
        return System.Convert.ToHexString(bytes);
    }
}
