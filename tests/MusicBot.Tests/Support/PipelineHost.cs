using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using MusicBot.Core;
using MusicBot.Core.Chat;
using MusicBot.Core.Conversations;
using MusicBot.Core.Delivery;
using MusicBot.Core.Providers;
using MusicBot.Infrastructure;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Testing;

namespace MusicBot.Tests.Support;

/// <summary>
/// The bot's real service graph (Core + SQLite infrastructure + both workers) in-process, with the provider and the
/// delivery channel swapped for scripted ones: the outermost edges only.
/// </summary>
public sealed class PipelineHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TestDataDirectory _data = new();
    private int _messages;

    private PipelineHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        settings["MusicBot:DataDirectory"] = _data.Path;
        settings.TryAdd("MusicBot:Generation:WorkerInterval", "00:00:00.020");
        settings.TryAdd("MusicBot:Delivery:PollInterval", "00:00:00.020");
        settings.TryAdd("MusicBot:Delivery:RetryDelay", "00:00:00.020");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddMusicBotCore().AddMusicBotInfrastructure();
        builder.Services.RemoveAll<IMusicProvider>();
        builder.Services.AddSingleton<IMusicProvider>(Provider);
        builder.Services.AddSingleton<IDeliveryChannel>(Channel);
        _host = builder.Build();
    }

    public ScriptedProvider Provider { get; } = new();

    public RecordingChannel Channel { get; } = new();

    public string DataDirectory => _data.Path;

    public static async Task<PipelineHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var pipeline = new PipelineHost(settings ?? []);
        await pipeline._host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await pipeline._host.StartAsync();
        return pipeline;
    }

    /// <summary>Sends one chat line as <paramref name="user"/> of the console scope, in its own DI scope like an adapter does.</summary>
    public async Task<ChatReply> SayAsync(string text, string user = "alice", bool isAdmin = false)
    {
        var message = new ChatMessage(
            new Invoker(new UserRef(new ConversationScope(Platforms.Console, "local"), user), isAdmin),
            new DeliveryTarget(Platforms.Console, "terminal"),
            text,
            $"m{Interlocked.Increment(ref _messages)}");
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChatCommandRouter>().HandleTextAsync(message, CancellationToken.None);
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Condition not met in time.");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _data.Dispose();
    }
}
