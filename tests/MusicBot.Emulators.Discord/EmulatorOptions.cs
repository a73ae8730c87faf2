namespace MusicBot.Emulators.Discord;

/// <summary>How the emulated Discord behaves; the defaults are Discord's documented values.</summary>
public sealed record EmulatorOptions
{
    /// <summary>The bot token the emulator accepts (REST <c>Authorization: Bot …</c> and gateway Identify/Resume).</summary>
    public string Token { get; init; } = "emulator-token.MTEwMDAwMDAwMDAwMDAwMDAwMQ.secret";

    public string ApplicationId { get; init; } = "1100000000000000001";

    public string GuildId { get; init; } = "290926798626357999";

    public string ChannelId { get; init; } = "645027906669510667";

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromMilliseconds(41250);

    /// <summary>An interaction must be acknowledged this soon after it was dispatched, or the callback gets 10062.</summary>
    public TimeSpan AckDeadline { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Identify Invalid-Sessions (op 9 false) when two arrive closer than this (max_concurrency 1).</summary>
    public TimeSpan IdentifySpacing { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Identifies allowed per <see cref="SessionStartWindow"/> (Discord: 1000 a day); one more is answered with 4004.</summary>
    public int SessionStartLimit { get; init; } = 1000;

    public TimeSpan SessionStartWindow { get; init; } = TimeSpan.FromDays(1);

    /// <summary>The upload limit stated in interactions (<c>attachment_size_limit</c>).</summary>
    public long AttachmentSizeLimit { get; init; } = 10 * 1024 * 1024;

    /// <summary>The cap on a whole request, files and JSON together (reference A6.2): 25 MiB; over it is 413, code 40005.</summary>
    public long MaxRequestBytes { get; init; } = 25L * 1024 * 1024;

    /// <summary>Requests per second with the bot's token (interaction callbacks are exempt).</summary>
    public int GlobalLimit { get; init; } = 50;

    public RouteLimit ChannelMessages { get; init; } = new(5, TimeSpan.FromSeconds(5));

    public RouteLimit Webhooks { get; init; } = new(5, TimeSpan.FromSeconds(2));

    public RouteLimit Callbacks { get; init; } = new(5, TimeSpan.FromSeconds(5));

    public RouteLimit Commands { get; init; } = new(4, TimeSpan.FromSeconds(20));

    public RouteLimit GatewayBot { get; init; } = new(5, TimeSpan.FromSeconds(5));
}

/// <summary>A bucket: <see cref="Limit"/> requests per <see cref="Window"/>, per top-level resource.</summary>
public sealed record RouteLimit(int Limit, TimeSpan Window);
