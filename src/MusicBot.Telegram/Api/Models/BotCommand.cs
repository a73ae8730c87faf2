namespace MusicBot.Telegram.Api.Models;

/// <summary>A command in the client's menu: 1-32 of a-z 0-9 _, without the slash; description 1-256 characters.</summary>
public sealed record BotCommand(string Command, string Description);

/// <summary>Who a command list applies to, e.g. <c>default</c> or <c>all_chat_administrators</c>.</summary>
public sealed record BotCommandScope(string Type);
