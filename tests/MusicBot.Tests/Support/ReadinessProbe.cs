using System.Net;
using System.Text.Json;
using MusicBot.Testing;

namespace MusicBot.Tests.Support;

/// <summary>Polls a bot process's <c>/readyz</c> until its answer passes a test, as a load balancer or kubelet would.</summary>
public static class ReadinessProbe
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static async Task<Readiness> WaitForAsync(Uri readyz, Func<HttpStatusCode, Readiness, bool> done, string what, BotProcess bot, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await Http.GetAsync(readyz);
            last = await response.Content.ReadAsStringAsync();
            var readiness = Readiness.Parse(last);
            if (done(response.StatusCode, readiness))
            {
                return readiness;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"/readyz never showed {what}. Last answer: {last}\nstderr:\n{bot.Stderr}");
    }
}

public sealed record ReadinessCheck(string Status, string Detail);

public sealed record Readiness(string Status, Dictionary<string, ReadinessCheck> Checks)
{
    public static Readiness Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new Readiness(
            root.GetProperty("status").GetString()!,
            root.GetProperty("checks").EnumerateArray().ToDictionary(
                c => c.GetProperty("name").GetString()!,
                c => new ReadinessCheck(c.GetProperty("status").GetString()!, c.GetProperty("detail").GetString()!),
                StringComparer.Ordinal));
    }
}
