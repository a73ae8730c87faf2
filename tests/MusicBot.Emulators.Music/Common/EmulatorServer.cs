using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MusicBot.Emulators.Music.Common;

/// <summary>
/// A provider emulator: a real Kestrel server on 127.0.0.1 (port 0 picks a free one) with the file host, request
/// recording, fault injection and callback delivery every provider shares. Subclasses map the provider's endpoints.
/// </summary>
public abstract class EmulatorServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly HttpClient _callbackHttp = new() { Timeout = TimeSpan.FromSeconds(20) };
    private WebApplication? _app;

    protected EmulatorServer()
    {
        Callbacks = new CallbackSender(_callbackHttp);
    }

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public string ApiKey { get; set; } = "emulator-key";

    /// <summary>Time between a task's stages.</summary>
    public TimeSpan StageDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public FaultPlan Faults { get; } = new();

    public AudioLibrary Files { get; } = new();

    public CallbackSender Callbacks { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    protected CancellationToken Stopping => _stopping.Token;

    public async Task StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.Use(RecordAsync);
        Files.Map(_app);
        Map(_app);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        Files.Bind(BaseUrl);
    }

    public IEnumerable<RecordedRequest> RequestsTo(string path) => Requests.Where(r => r.Path == path);

    protected abstract void Map(WebApplication app);

    /// <summary>Runs a task's life in the background; it stops with the emulator.</summary>
    protected void RunInBackground(Func<CancellationToken, Task> work) => _ = Task.Run(async () =>
    {
        try
        {
            await work(Stopping);
        }
        catch (OperationCanceledException) when (Stopping.IsCancellationRequested)
        {
            // Emulator stopped.
        }
    });

    /// <summary>
    /// Applies the next fault of <paramref name="endpoint"/> around <paramref name="handle"/>; <paramref name="error"/>
    /// words a business error in the provider's own envelope; <paramref name="withNullEntry"/>, where an endpoint answers a
    /// list of takes, answers with a null take for <see cref="Fault.NullEntry"/>.
    /// </summary>
    protected async Task<IResult> WithFaultsAsync(
        HttpContext http, string endpoint, Func<Fault.Business, IResult> error, Func<Task<IResult>> handle, Func<Task<IResult>>? withNullEntry = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        Faults.TryTake(endpoint, out var fault);
        switch (fault)
        {
            case Fault.Business business:
                return error(business);
            case Fault.Http raw:
                return Results.Content(raw.Body ?? "", "text/html", statusCode: raw.Status);
            case Fault.NullEntry when withNullEntry is not null:
                return await withNullEntry();
            case Fault.Drop:
                http.Abort();
                return Results.Empty;
            case Fault.Slow slow:
                await Task.Delay(slow.By, Stopping);
                return await handle();
            case Fault.AcceptThenStall stall:
                var stalled = await handle();
                await Task.Delay(stall.By, Stopping);
                return stalled;
            case Fault.AcceptThenDrop:
                await handle();
                http.Abort();
                return Results.Empty;
            default:
                return await handle();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _callbackHttp.Dispose();
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task RecordAsync(HttpContext http, RequestDelegate next)
    {
        http.Request.EnableBuffering();
        using var reader = new StreamReader(http.Request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        http.Request.Body.Position = 0;
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new RecordedRequest(http.Request.Method, http.Request.Path, http.Request.QueryString.Value ?? "", headers, body, DateTimeOffset.UtcNow));
        await next(http);
    }
}
