namespace MusicBot.Discord.Gateway;

/// <summary>What to do after a connection ends.</summary>
public enum ReconnectAction
{
    /// <summary>Reconnect to <c>resume_gateway_url</c> and Resume the session.</summary>
    Resume,

    /// <summary>Forget the session, reconnect to the gateway URL and Identify again.</summary>
    Reidentify,

    /// <summary>Do not reconnect: the configuration is wrong and only the operator can fix it.</summary>
    Fatal,

    /// <summary>The bot is shutting down.</summary>
    Stop,
}
