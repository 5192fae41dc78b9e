// 押印欄: squares for the person in charge and the manager to stamp the printed log.
export function StampBoxes() {
  return (
    <div className="ml-stamps" role="group" aria-label="押印欄">
      {['担当', '管理者'].map((who) => (
        <div key={who} className="ml-stamp">
          <div className="ml-stamp-label">{who}</div>
          <div className="ml-stamp-box" />
        </div>
      ))}
    </div>
  )
}
