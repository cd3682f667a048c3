// 日本語 (Japanese): the interface for Japanese buyers — public pages, buyer pages, agendas and
// mails (issue 13). One file for all areas so the Vietnamese and English bundles stay as they
// are; a key missing here is shown in English (translator's fallback), never as the key.
export const ja: Record<string, string> = {
  // common
  "app.name": "ハノイ裾野産業マッチングポータル",
  "app.short": "CNHT ハノイ",
  "nav.home": "ホーム",
  "nav.suppliers": "サプライヤー",
  "nav.requests": "調達依頼",
  "nav.events": "展示会・商談会",
  "nav.login": "ログイン",
  "nav.logout": "ログアウト",
  "nav.language": "言語",
  "error.notFound.title": "ページが見つかりません",
  "error.notFound.body": "お探しのページは存在しないか、削除されました。",
  "error.server.title": "エラーが発生しました",
  "error.server.body": "申し訳ありません。問題が発生しました。しばらくしてから再度お試しください。",
  "error.server.reference": "サポートへお問い合わせの際は、次の参照番号をお伝えください:",
  "error.forbidden.title": "アクセスが拒否されました",
  "common.backHome": "ホームへ戻る",
  "common.save": "保存",
  "common.cancel": "キャンセル",
  "common.search": "検索",
  "common.previous": "前へ",
  "common.next": "次へ",
  "common.page": "{page} / {pages} ページ",
};
