// The console's labels in English, Chinese and Vietnamese. t(key) answers the current language's
// label, falling back to English and then to the key itself.

const LABELS = {
  en: {
    appTitle: 'Cooperation Platform console', language: 'Language', signIn: 'Sign in', signOut: 'Sign out',
    username: 'Username', password: 'Password', signedInAs: 'Signed in as',
    loading: 'Loading…', empty: 'Nothing here yet.', refresh: 'Refresh', error: 'Error',
    myNeeds: 'My needs', postNeed: 'Post a need', needTitle: 'Title', mode: 'Cooperation mode', sector: 'Sector',
    country: 'Country', needLanguage: 'Working language', partnerKind: 'Partner kind', students: 'Students',
    contactName: 'Contact name', contactEmail: 'Contact email', post: 'Post', posted: 'Posted.',
    enterprise: 'Enterprise', institution: 'Institution', status: 'Status',
    myMatches: 'My matches', score: 'Score', accept: 'Accept', decline: 'Decline', declineReason: 'Reason',
    myProposals: 'My proposals', sign: 'Sign', nextSigner: 'Next to sign', yourTurn: 'your turn',
    myTrips: 'My trips', departure: 'Departure', destinations: 'Destinations', step: 'Step',
    mySubscriptions: 'My subscriptions', liveMatches: 'Live new matches', streamConnected: 'Connected to the live stream.',
    streamClosed: 'The live stream is closed; it reconnects on refresh.', proposalsToSign: 'Proposals to sign',
    approvalTasks: 'Approval tasks waiting for me', requester: 'Requester', due: 'Due', overdue: 'overdue',
    approve: 'Approve', reject: 'Reject', rejectReason: 'Reason for rejecting', approved: 'Decision recorded.',
    overdueReports: 'Trips with overdue reports', dashboard: 'Dashboard',
    approvalStats: 'Trip approvals in my province', trips: 'Trips', inReview: 'In review', rejected: 'Rejected',
    decisionsWithinSla: 'Decisions within the time limit', brokerCounts: 'Matches brokered by officers',
    broker: 'Officer', count: 'Matches', dashboardNote: 'Figures come from the approval statistics and the matchmaking broker counts; other services offer no counts yet.',
    myForums: 'My forums', createForum: 'Create a draft forum', forumTitle: 'Title', city: 'City',
    startsOn: 'Starts on', endsOn: 'Ends on', capacity: 'Capacity', create: 'Create', publish: 'Publish',
    registrations: 'Registrations', show: 'Show', seats: 'Seats', organization: 'Organization',
    noPage: 'There is no console page for this account yet.', fieldErrors: 'Please correct:',
    approvedCount: 'Approved', matchNeed: 'Need', matchPartner: 'Offer or partner'
  },
  zh: {
    appTitle: '合作平台控制台', language: '语言', signIn: '登录', signOut: '退出登录',
    username: '用户名', password: '密码', signedInAs: '当前用户',
    loading: '加载中…', empty: '暂无内容。', refresh: '刷新', error: '错误',
    myNeeds: '我的需求', postNeed: '发布需求', needTitle: '标题', mode: '合作方式', sector: '专业领域',
    country: '国家', needLanguage: '工作语言', partnerKind: '合作方类型', students: '学生人数',
    contactName: '联系人', contactEmail: '联系邮箱', post: '发布', posted: '已发布。',
    enterprise: '企业', institution: '院校机构', status: '状态',
    myMatches: '我的匹配', score: '匹配度', accept: '接受', decline: '拒绝', declineReason: '原因',
    myProposals: '我的合作方案', sign: '签署', nextSigner: '下一签署方', yourTurn: '轮到我方',
    myTrips: '我的出访', departure: '出发日期', destinations: '目的地', step: '环节',
    mySubscriptions: '我的订阅', liveMatches: '实时新匹配', streamConnected: '已连接实时推送。',
    streamClosed: '实时推送已关闭，刷新后重新连接。', proposalsToSign: '待签署的方案',
    approvalTasks: '待我审批的事项', requester: '申请人', due: '截止', overdue: '已超时',
    approve: '批准', reject: '驳回', rejectReason: '驳回理由', approved: '已记录审批决定。',
    overdueReports: '报告逾期的出访', dashboard: '数据看板',
    approvalStats: '本省出访审批', trips: '出访', inReview: '审批中', rejected: '已驳回',
    decisionsWithinSla: '按时审批', brokerCounts: '官员撮合的匹配', broker: '官员', count: '匹配数',
    dashboardNote: '数据来自审批统计和撮合统计接口；其他服务暂无统计接口。',
    myForums: '我的论坛', createForum: '创建论坛草稿', forumTitle: '标题', city: '城市',
    startsOn: '开始日期', endsOn: '结束日期', capacity: '容量', create: '创建', publish: '发布',
    registrations: '报名', show: '查看', seats: '席位', organization: '单位',
    noPage: '该账号暂无控制台页面。', fieldErrors: '请更正：',
    approvedCount: '已批准', matchNeed: '需求', matchPartner: '资源或合作方'
  },
  vi: {
    appTitle: 'Bảng điều khiển Nền tảng Hợp tác', language: 'Ngôn ngữ', signIn: 'Đăng nhập', signOut: 'Đăng xuất',
    username: 'Tên đăng nhập', password: 'Mật khẩu', signedInAs: 'Đăng nhập với',
    loading: 'Đang tải…', empty: 'Chưa có gì.', refresh: 'Làm mới', error: 'Lỗi',
    myNeeds: 'Nhu cầu của tôi', postNeed: 'Đăng nhu cầu', needTitle: 'Tiêu đề', mode: 'Hình thức hợp tác',
    sector: 'Ngành', country: 'Quốc gia', needLanguage: 'Ngôn ngữ làm việc', partnerKind: 'Loại đối tác',
    students: 'Số sinh viên', contactName: 'Người liên hệ', contactEmail: 'Email liên hệ', post: 'Đăng',
    posted: 'Đã đăng.', enterprise: 'Doanh nghiệp', institution: 'Cơ sở đào tạo', status: 'Trạng thái',
    myMatches: 'Kết nối của tôi', score: 'Điểm', accept: 'Chấp nhận', decline: 'Từ chối', declineReason: 'Lý do',
    myProposals: 'Đề án của tôi', sign: 'Ký', nextSigner: 'Bên ký tiếp theo', yourTurn: 'đến lượt tôi',
    myTrips: 'Chuyến công tác của tôi', departure: 'Ngày đi', destinations: 'Điểm đến', step: 'Bước',
    mySubscriptions: 'Đăng ký theo dõi của tôi', liveMatches: 'Kết nối mới trực tiếp',
    streamConnected: 'Đã kết nối luồng trực tiếp.', streamClosed: 'Luồng trực tiếp đã đóng; làm mới để kết nối lại.',
    proposalsToSign: 'Đề án cần ký', approvalTasks: 'Hồ sơ chờ tôi phê duyệt', requester: 'Người đề nghị',
    due: 'Hạn', overdue: 'quá hạn', approve: 'Phê duyệt', reject: 'Từ chối', rejectReason: 'Lý do từ chối',
    approved: 'Đã ghi nhận quyết định.', overdueReports: 'Chuyến công tác quá hạn báo cáo', dashboard: 'Tổng quan',
    approvalStats: 'Phê duyệt chuyến công tác trong tỉnh', trips: 'Chuyến', inReview: 'Đang xét',
    rejected: 'Bị từ chối', decisionsWithinSla: 'Quyết định đúng hạn', brokerCounts: 'Kết nối do cán bộ môi giới',
    broker: 'Cán bộ', count: 'Số kết nối',
    dashboardNote: 'Số liệu lấy từ thống kê phê duyệt và số kết nối môi giới; các dịch vụ khác chưa có số liệu.',
    myForums: 'Diễn đàn của tôi', createForum: 'Tạo bản nháp diễn đàn', forumTitle: 'Tiêu đề', city: 'Thành phố',
    startsOn: 'Bắt đầu', endsOn: 'Kết thúc', capacity: 'Sức chứa', create: 'Tạo', publish: 'Công bố',
    registrations: 'Đăng ký tham dự', show: 'Xem', seats: 'Chỗ', organization: 'Đơn vị',
    noPage: 'Tài khoản này chưa có trang điều khiển.', fieldErrors: 'Vui lòng sửa:',
    approvedCount: 'Đã duyệt', matchNeed: 'Nhu cầu', matchPartner: 'Đề xuất hoặc đối tác'
  }
};

export const LANGUAGES = [['zh', '中文'], ['en', 'English'], ['vi', 'Tiếng Việt']];

let current = sessionStorage.getItem('coop.lang') || 'en';
if (!LABELS[current]) {
  current = 'en';
}

export function language() {
  return current;
}

export function setLanguage(lang) {
  if (LABELS[lang]) {
    current = lang;
    sessionStorage.setItem('coop.lang', lang);
    document.documentElement.lang = lang;
  }
}

export function t(key) {
  return LABELS[current][key] ?? LABELS.en[key] ?? key;
}

/** A text by language ({zh: ..., en: ...}) in the current language, else English, Chinese, or any. */
export function pick(texts) {
  if (!texts) {
    return '';
  }
  return texts[current] ?? texts.en ?? texts.zh ?? Object.values(texts)[0] ?? '';
}
