// Court hearing drafts kept between requests (sample; deliberately insecure).
using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

public class StateController : ControllerBase
{
    private static readonly JsonSerializerSettings LegacySettings = new JsonSerializerSettings
    {
        // $type in the JSON picks the .NET type to build.
        TypeNameHandling = TypeNameHandling.All,
    };

    [HttpPost("drafts/restore")]
    public IActionResult Restore()
    {
        // BinaryFormatter cannot be made safe for data from a request.
        var formatter = new BinaryFormatter();
        var draft = formatter.Deserialize(Request.Body);
        return Ok(draft);
    }

    [HttpPost("drafts/restore-json")]
    public async Task<IActionResult> RestoreJson()
    {
        // The safe look-alike: System.Text.Json binds to the declared type only.
        var draft = await System.Text.Json.JsonSerializer.DeserializeAsync<HearingDraft>(Request.Body);
        return Ok(draft);
    }

    public static object ReadLegacy(string json) => JsonConvert.DeserializeObject(json, LegacySettings);

    // The safe look-alike: no type names in the JSON.
    public static HearingDraft ReadCurrent(string json) =>
        JsonConvert.DeserializeObject<HearingDraft>(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None });
}
