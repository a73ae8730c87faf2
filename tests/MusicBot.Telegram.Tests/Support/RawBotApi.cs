using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MusicBot.Emulators.Telegram;

namespace MusicBot.Telegram.Tests.Support;

/// <summary>Plain HTTP calls to the emulator, bypassing the bot's client, to check the server's own behaviour.</summary>
public sealed class RawBotApi(TelegramEmulator emulator)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public async Task<Answer> CallAsync(string method, string json, string? token = null)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync($"{emulator.BaseUrl}/bot{token ?? emulator.Token}/{method}", content);
        return await Answer.ReadAsync(response);
    }

    public async Task<Answer> PostAsync(string path, HttpContent content)
    {
        using var response = await Http.PostAsync(emulator.BaseUrl + path, content);
        return await Answer.ReadAsync(response);
    }

    /// <summary>An emulator answer: HTTP status, body, and the Retry-After header if any.</summary>
    public sealed record Answer(int Status, JsonNode Body, string? RetryAfter)
    {
        public string? Description => Body["description"]?.GetValue<string>();

        public JsonNode? Result => Body["result"];

        public static async Task<Answer> ReadAsync(HttpResponseMessage response)
        {
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            var retry = response.Headers.TryGetValues("Retry-After", out var values) ? values.First() : null;
            return new Answer((int)response.StatusCode, body, retry);
        }
    }

    public static MultipartFormDataContent Form(params (string Name, object Value)[] parts)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in parts)
        {
            if (value is (string fileName, string type, byte[] bytes))
            {
                var file = new ByteArrayContent(bytes);
                file.Headers.ContentType = new MediaTypeHeaderValue(type);
                form.Add(file, name, fileName);
            }
            else
            {
                form.Add(new StringContent(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!), name);
            }
        }

        return form;
    }
}
