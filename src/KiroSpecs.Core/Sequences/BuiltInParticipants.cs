using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// The default participant vocabulary, as data. Keywords are whole words (any case); a keyword ending in
/// '*' matches any word starting with it. Users extend or override it with KiroSpecsParticipant items.
/// </summary>
internal static class BuiltInParticipants
{
    public static readonly ParticipantRule[] Rules =
    {
        Rule("Database", "DB", "database", "databases", "db", "datastore", "data store", "sql", "postgresql", "postgres", "mysql", "sqlite", "mongodb", "dynamodb", "sql server", "oracle db", "repository", "persistence", "persists", "persisted", "データベース", "DB"),
        Rule("Cache", "Cache", "cache", "cached", "caches", "caching", "redis", "memcached", "キャッシュ"),
        Rule("Message Queue", "MQ", "queue", "queues", "queued", "message queue", "message bus", "event bus", "kafka", "rabbitmq", "sqs", "sns", "pub/sub", "publishes", "publish", "published", "emits", "emit", "event", "events", "topic", "キュー", "イベント"),
        Rule("Auth Service", "Auth", "authenticate", "authenticates", "authenticated", "authentication", "auth service", "identity provider", "idp", "oauth", "oauth2", "sso", "jwt", "認証"),
        Rule("Email Service", "Email", "email", "emails", "e-mail", "e-mails", "emailed", "mail", "smtp", "メール"),
        Rule("Notification Service", "Notify", "notification", "notifications", "sms", "push notification", "push notifications", "通知"),
        Rule("Payment Gateway", "Pay", "payment", "payments", "payment gateway", "stripe", "paypal", "charge", "charges", "charged", "refund", "refunds", "決済"),
        Rule("File Storage", "Store", "file storage", "object storage", "storage", "s3", "blob", "blobs", "bucket", "ストレージ"),
        Rule("Logger", "Log", "log", "logs", "logged", "logging", "audit log", "audit trail", "ログ"),
    };

    private static ParticipantRule Rule(string name, string alias, params string[] keywords) =>
        new(name, alias, keywords.ToEquatableArray(), false);
}
